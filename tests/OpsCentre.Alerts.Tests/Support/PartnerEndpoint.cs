using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Delivery;
using OpsCentre.Tests;

namespace OpsCentre.Alerts.Tests.Support;

/// <summary>
/// A partner's receiving endpoint: a real Kestrel listener on 127.0.0.1 that checks each delivery's HMAC signature
/// and CAP schema (the shared data set's XSD), records it, and answers with the status the test scripts. Like a real
/// partner it processes each idempotency key once, however many times the key is delivered.
/// </summary>
internal sealed class PartnerEndpoint : IAsyncDisposable
{
    private static readonly CapSchema SharedSchema = CapSchema.Load(TestData.File("city", "interop", "cap", "CAP-v1.2.xsd"));

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<HttpStatusCode> _scriptedAnswers = new();
    private readonly ConcurrentQueue<Delivery> _received = new();
    private readonly ConcurrentDictionary<string, Delivery> _processed = new();

    private PartnerEndpoint(WebApplication app, string secret)
    {
        _app = app;
        Secret = secret;
    }

    public string Secret { get; set; }

    public Uri Url { get; private set; } = null!;

    /// <summary>Every POST, in arrival order, including repeats of a key.</summary>
    public IReadOnlyList<Delivery> Received => [.. _received];

    /// <summary>One entry per idempotency key: what the partner acted on.</summary>
    public IReadOnlyDictionary<string, Delivery> Processed => _processed;

    /// <summary>When set, a request waits here before it is recorded (to hold a delivery in flight).</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Completes when a request reaches the gate.</summary>
    public TaskCompletionSource ReachedGate { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<PartnerEndpoint> StartAsync(string secret = "")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new PartnerEndpoint(app, secret);
        app.MapPost("/cap", (Delegate)endpoint.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        endpoint.Url = new Uri(new Uri(address), "/cap");
        return endpoint;
    }

    /// <summary>The next requests are answered with these statuses, in order; then 200.</summary>
    public void AnswerWith(params HttpStatusCode[] statuses)
    {
        foreach (var status in statuses)
        {
            _scriptedAnswers.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Gate?.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var bytes = body.ToArray();
        var key = context.Request.Headers[AlertSignature.IdempotencyHeader].ToString();
        if (Gate is { } gate)
        {
            ReachedGate.TrySetResult();
            await gate.Task;
        }

        var xml = System.Text.Encoding.UTF8.GetString(bytes);
        var delivery = new Delivery(
            key,
            xml,
            context.Request.ContentType ?? "",
            AlertSignature.Verify(Secret, context.Request.Headers[AlertSignature.Header], bytes, DateTimeOffset.UtcNow, TimeSpan.FromDays(3650)),
            SharedSchema.Validate(xml));
        _received.Enqueue(delivery);
        var status = _scriptedAnswers.TryDequeue(out var scripted) ? scripted : HttpStatusCode.OK;
        if ((int)status < 300)
        {
            _processed.TryAdd(key, delivery);
        }

        return Results.StatusCode((int)status);
    }

    public sealed record Delivery(string IdempotencyKey, string CapXml, string ContentType, bool SignatureValid, IReadOnlyList<string> SchemaErrors);
}
