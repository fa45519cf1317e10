using System.Text.Json;
using System.Text.Json.Serialization;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Geo;

/// <summary>
/// Writes a <see cref="GeoPoint"/> as just <c>{"lat":…,"lon":…}</c>. The contract type's computed
/// <c>IsValid</c> would otherwise be written into ingest's files as if it were data.
/// </summary>
internal sealed class GeoPointJsonConverter : JsonConverter<GeoPoint>
{
    public override GeoPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a location must be an object with lat and lon");
        }

        double? lat = null, lon = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "lat":
                    lat = reader.GetDouble();
                    break;
                case "lon":
                    lon = reader.GetDouble();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return lat is { } la && lon is { } lo ? new GeoPoint(la, lo) : throw new JsonException("a location needs both lat and lon");
    }

    public override void Write(Utf8JsonWriter writer, GeoPoint value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("lat", value.Lat);
        writer.WriteNumber("lon", value.Lon);
        writer.WriteEndObject();
    }
}
