using System.Security.Cryptography;
using OpsCentre.Ingest.Interop.Frigate;
using OpsCentre.Ingest.Privacy;

namespace OpsCentre.Console.Interop;

/// <summary>
/// Frigate NVR messages (the payloads it publishes on frigate/events and frigate/reviews, bridged to HTTP) from the
/// cameras mapped in <see cref="InteropOptions.FrigateCameras"/>: object counts and events, never faces, plates,
/// names or Frigate's raw ids (the adapter drops them or keys them into track refs).
/// </summary>
public sealed class FrigateIngest(InteropPublisher publisher, InteropOptions options)
{
    private readonly FrigateEventAdapter _adapter = new(
        new FrigateOptions(options.FrigateCameras),
        new TrackRefHasher(options.TrackRefSecret is { } secret ? TrackRefSecret.FromBase64(secret) : new TrackRefSecret(RandomNumberGenerator.GetBytes(32))));

    public bool Enabled => options.FrigateCameras.Count > 0;

    public Task<InteropResult> IngestEventAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        publisher.PublishAsync([_adapter.TranslateEvent(body.Span)], cancellationToken);

    public Task<InteropResult> IngestReviewAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        publisher.PublishAsync([_adapter.TranslateReview(body.Span)], cancellationToken);
}
