using BenchmarkDotNet.Attributes;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Ingest.Decoding;

namespace OpsCentre.Ingest.Benchmarks;

/// <summary>
/// Decode + validate throughput on one thread. Goal: 100 000 messages/s on one core, i.e. at most 10 µs per
/// message (the reported time is per message, thanks to OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class DecoderBenchmarks
{
    private const int Batch = 7_360;

    private (string Topic, byte[] Message)[] _messages = [];
    private byte[] _unknownAsset = [];
    private CityEventDecoder _decoder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = IngestInputs.Catalogue();
        _messages = IngestInputs.Messages(catalogue, ticks: 10);
        if (_messages.Length != Batch)
        {
            throw new InvalidOperationException($"expected {Batch} messages, got {_messages.Length}");
        }

        _unknownAsset = "{\"type\":\"traffic\",\"assetId\":\"link-99-Z\",\"observedAt\":\"2025-03-03T08:00:00Z\",\"flowVehiclesPerHour\":1,\"speedKph\":2,\"travelTimeSeconds\":3}"u8.ToArray();
        _decoder = new CityEventDecoder(catalogue, TimeProvider.System, DecoderOptions.ForReplay);
    }

    /// <summary>Valid messages of every type, as the simulator produces them at rush hour.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int DecodeValidMix()
    {
        var decoded = 0;
        foreach (var (topic, message) in _messages)
        {
            if (_decoder.Decode(topic, message) is Decoded)
            {
                decoded++;
            }
        }

        return decoded;
    }

    /// <summary>A well-formed message rejected after parsing (the cheapest kind of rejection).</summary>
    [Benchmark]
    public DecodeResult RejectUnknownAsset() => _decoder.Decode(CityTopics.Traffic, _unknownAsset);
}
