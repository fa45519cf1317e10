using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// Errors as an NGSI-LD broker answers them (ETSI GS CIM 009, 5.5.2): a problem-details body whose "type" is one of
/// the NGSI-LD error URIs, so NGSI-LD clients recognise them.
/// </summary>
public static class NgsiLdError
{
    public const string BadRequestData = "https://uri.etsi.org/ngsi-ld/errors/BadRequestData";
    public const string InvalidRequest = "https://uri.etsi.org/ngsi-ld/errors/InvalidRequest";
    public const string ResourceNotFound = "https://uri.etsi.org/ngsi-ld/errors/ResourceNotFound";

    public static IResult BadRequest(string title, string detail) => Problem(BadRequestData, title, detail, StatusCodes.Status400BadRequest);

    public static IResult NotFound(string title, string detail) => Problem(ResourceNotFound, title, detail, StatusCodes.Status404NotFound);

    private static IResult Problem(string type, string title, string detail, int status) =>
        Results.Text(
            new JsonObject { ["type"] = type, ["title"] = title, ["status"] = status, ["detail"] = detail }.ToJsonString(),
            "application/json",
            statusCode: status);
}
