using System.Text.Json;
using OpsCentre.Console.Feeds;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Interop;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Console.Interop;

/// <summary>
/// Publishes what a third-party message became: its new assets first (registered here and on
/// ops.assets.registry.v1, so every node's decoder knows them), then its events on the city topics; a request
/// returns once Kafka has acknowledged all of it.
/// </summary>
public sealed class InteropPublisher(CityCatalogue catalogue, KafkaPublisher publisher, InteropOptions options)
{
    public async Task<InteropResult> PublishAsync(IReadOnlyList<InteropTranslation> translations, CancellationToken cancellationToken)
    {
        var tracker = new DeliveryTracker();
        var registered = new List<string>();
        var notes = new List<string>();
        var events = 0;
        foreach (var translation in translations)
        {
            notes.AddRange(translation.Notes);
            if (!RegisterAll(translation, tracker, registered, notes))
            {
                continue;
            }

            foreach (var cityEvent in translation.Events)
            {
                publisher.Publish(CityEventTopics.For(cityEvent), cityEvent.AssetId, JsonSerializer.SerializeToUtf8Bytes(cityEvent, ContractJson.Default.CityEvent), tracker);
                events++;
            }
        }

        await tracker.Seal().WaitAsync(options.PublishTimeout, cancellationToken).ConfigureAwait(false);
        return new InteropResult(translations.Count, events, registered, notes);
    }

    /// <summary>Registers the translation's new assets; false (with a note) if one cannot be, so its events are held back.</summary>
    private bool RegisterAll(InteropTranslation translation, DeliveryTracker tracker, List<string> registered, List<string> notes)
    {
        foreach (var asset in translation.NewAssets)
        {
            try
            {
                if (catalogue.TryRegister(asset))
                {
                    registered.Add(asset.AssetId);
                }
            }
            catch (ArgumentException e)
            {
                notes.Add($"not registered, so its readings were not published: {e.Message}");
                return false;
            }

            // Published even when this node knew it already (a retried request): the registry is compacted by id.
            publisher.Publish(CityTopics.AssetRegistry, asset.AssetId, JsonSerializer.SerializeToUtf8Bytes(asset, ContractJson.Default.AssetDescriptor), tracker);
        }

        return true;
    }
}
