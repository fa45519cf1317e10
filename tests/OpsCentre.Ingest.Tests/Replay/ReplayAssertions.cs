using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Decoding;

namespace OpsCentre.Ingest.Tests.Replay;

internal static class ReplayAssertions
{
    public static void AssertTimeOrdered(IReadOnlyList<CityEvent> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].ObservedAt < events[i - 1].ObservedAt)
            {
                Assert.Fail($"event {i} at {events[i].ObservedAt:O} comes after {events[i - 1].ObservedAt:O}");
            }
        }
    }

    /// <summary>
    /// How many events ingest would refuse, by reason: the decoder's checks after parsing (asset, kind, ranges),
    /// with replay options (any age). The JSON round trip itself is covered by the decoder and simulator tests.
    /// </summary>
    public static Dictionary<RejectionReason, int> Rejections(IEnumerable<CityEvent> events, IAssetDirectory directory)
    {
        var validator = new CityEventValidator(directory, TimeProvider.System, DecoderOptions.ForReplay);
        return events
            .Select(validator.Check)
            .OfType<Rejected>()
            .GroupBy(r => r.Reason)
            .ToDictionary(g => g.Key, g => g.Count());
    }
}
