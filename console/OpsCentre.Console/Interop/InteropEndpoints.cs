using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Console.Interop;

/// <summary>
/// Device feeds over HTTP. POST /api/interop/ngsi-ld: FIWARE devices push NGSI-LD entities (one, an array, or a
/// notification). POST /api/interop/frigate/events and /frigate/reviews: Frigate NVR's MQTT payloads, bridged.
/// Machines, not people, call them, so they take a bearer token instead of a console sign-in. 202 with what was
/// published; 400 (body dead-lettered with the reason) when the body cannot be read; 401 without the token; 404
/// while switched off; 413 over the size limit; 503 when Kafka did not acknowledge in time (the feed retries;
/// a replayed reading is the same reading, and an asset is registered once).
/// </summary>
public static class InteropEndpoints
{
    public const string NgsiLdPath = "/api/interop/ngsi-ld";
    public const string FrigateEventsPath = "/api/interop/frigate/events";
    public const string FrigateReviewsPath = "/api/interop/frigate/reviews";

    public static IEndpointRouteBuilder MapInterop(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(NgsiLdPath, (HttpContext context, NgsiLdIngest ngsiLd) =>
            IngestAsync(context, NgsiLdPath, null, ngsiLd.IngestAsync)).AllowAnonymous().DisableAntiforgery();
        routes.MapPost(FrigateEventsPath, (HttpContext context, FrigateIngest frigate) =>
            IngestAsync(context, FrigateEventsPath, FrigateSwitch(frigate), WholeJsonObject(frigate.IngestEventAsync))).AllowAnonymous().DisableAntiforgery();
        routes.MapPost(FrigateReviewsPath, (HttpContext context, FrigateIngest frigate) =>
            IngestAsync(context, FrigateReviewsPath, FrigateSwitch(frigate), WholeJsonObject(frigate.IngestReviewAsync))).AllowAnonymous().DisableAntiforgery();
        return routes;
    }

    private static string? FrigateSwitch(FrigateIngest frigate) =>
        frigate.Enabled ? null : $"map Frigate's cameras to the city's first: {InteropOptions.Section}:FrigateCameras:<frigate camera>=<camera asset id>";

    /// <summary>A Frigate payload is one JSON object; anything else is refused here rather than quietly skipped.</summary>
    private static Func<ReadOnlyMemory<byte>, CancellationToken, Task<InteropResult>> WholeJsonObject(Func<ReadOnlyMemory<byte>, CancellationToken, Task<InteropResult>> ingest) =>
        (body, cancellationToken) =>
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
                {
                    throw new InteropRequestException("malformed-json", "a Frigate message is one JSON object");
                }
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new InteropRequestException("malformed-json", $"the body is not JSON: {e.Message}");
            }

            return ingest(body, cancellationToken);
        };

    /// <param name="switchedOff">Why this feed is off (404), or null when it is on.</param>
    private static async Task<IResult> IngestAsync(
        HttpContext context, string path, string? switchedOff, Func<ReadOnlyMemory<byte>, CancellationToken, Task<InteropResult>> ingest)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<InteropOptions>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(InteropEndpoints));
        if (!options.Enabled || switchedOff is not null)
        {
            return Results.Problem(
                title: "This feed is switched off",
                detail: options.Enabled ? switchedOff : $"set {InteropOptions.Section}:IngestToken to accept device feeds",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (!Authorised(context.Request, options.IngestToken!))
        {
            logger.LogWarning("{Path} refused from {Remote}: missing or wrong bearer token", path, context.Connection.RemoteIpAddress);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(title: "Not authorised", detail: "send Authorization: Bearer <the ingest token>", statusCode: StatusCodes.Status401Unauthorized);
        }

        var body = await ReadBodyAsync(context.Request, options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return Results.Problem(title: "Body too large", detail: $"the limit is {options.MaxBodyBytes} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        try
        {
            var result = await ingest(body, context.RequestAborted).ConfigureAwait(false);
            logger.LogInformation(
                "{Path}: {Messages} message(s) → {Events} events, {Registered} new assets ({Assets}), {Notes} notes",
                path, result.Messages, result.Events, result.RegisteredAssets.Count, string.Join(", ", result.RegisteredAssets), result.Notes.Count);
            return Results.Accepted(value: result);
        }
        catch (InteropRequestException e)
        {
            services.GetRequiredService<DeadLetterPublisher>().Publish(path, -1, -1, null, body, $"{e.Reason}: {e.Message}");
            logger.LogWarning("{Path} rejected ({Reason}): {Detail}; body dead-lettered", path, e.Reason, e.Message);
            return Results.Problem(title: "Unreadable request", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (TimeoutException)
        {
            return Results.Problem(title: "Kafka did not acknowledge in time", detail: "retry the request; nothing it carried is counted twice", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static bool Authorised(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.Ordinal))
        {
            return false;
        }

        // Constant time, so the token cannot be guessed a character at a time from response times.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..]), Encoding.UTF8.GetBytes(token));
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
