using System.Text.Json;
using OpsCentre.Console.Node;

namespace OpsCentre.EndToEnd.Tests;

/// <summary>Reads the API's JSON the way the console writes it (camelCase, enums as strings).</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        OpsCentreNode.ConfigureJson(options);
        return options;
    }
}
