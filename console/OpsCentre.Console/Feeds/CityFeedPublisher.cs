using System.Text.Json;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Readings;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Console.Feeds;

/// <summary>Publishes city events to their topics, keyed by asset id, as a producer in the field would.</summary>
public sealed class CityFeedPublisher(KafkaPublisher publisher)
{
    public long Published { get; private set; }

    public void Publish(CityEvent cityEvent)
    {
        publisher.Publish(CityEventTopics.For(cityEvent), cityEvent.AssetId, JsonSerializer.SerializeToUtf8Bytes(cityEvent, ContractJson.Default.CityEvent));
        Published++;
    }

    public void Publish(IEnumerable<CityEvent> events)
    {
        foreach (var cityEvent in events)
        {
            Publish(cityEvent);
        }
    }
}
