using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Ingest.Replay;

/// <summary>
/// A real data file (or set of files) read back as city events. Pure reading: no pacing, no publishing — the
/// caller speeds it up or rebases its timestamps. Events keep their original observation times, so a decoder
/// validating them needs <see cref="Decoding.DecoderOptions.ForReplay"/>.
/// </summary>
public interface IReplaySource
{
    /// <summary>A short name for logs and the console, e.g. "aarhus".</summary>
    string Name { get; }

    /// <summary>Assets this source reports from that the city catalogue does not already hold; register them before replaying.</summary>
    IReadOnlyList<AssetDescriptor> Assets { get; }

    /// <summary>Every event, in non-decreasing <see cref="CityEvent.ObservedAt"/> order. Each call reads afresh from the start.</summary>
    IEnumerable<CityEvent> ReadEvents();
}
