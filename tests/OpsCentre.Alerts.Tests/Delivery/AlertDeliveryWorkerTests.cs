using System.Net;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Delivery;
using OpsCentre.Alerts.Partners;
using OpsCentre.Alerts.Tests.Support;
using OpsCentre.Contracts.Operations;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Alerts.Tests.Delivery;

public sealed class AlertDeliveryWorkerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>The alerting side with the police registered and listening on a real endpoint.</summary>
    private sealed class PoliceLine(AlertHarness harness, PartnerEndpoint endpoint) : IAsyncDisposable
    {
        public AlertHarness Harness => harness;

        public PartnerEndpoint Endpoint => endpoint;

        public static async Task<PoliceLine> StartAsync()
        {
            var harness = await AlertHarness.CreateAsync();
            var endpoint = await PartnerEndpoint.StartAsync();
            var (_, credentials) = await harness.RegisterAsync("police-avon", PartnerService.Police, endpoint.Url);
            endpoint.Secret = credentials.SigningSecret;
            return new PoliceLine(harness, endpoint);
        }

        public async ValueTask DisposeAsync()
        {
            await endpoint.DisposeAsync();
            await harness.DisposeAsync();
        }
    }

    /// <summary>Runs a delivery pass to the end, moving the clock on while Polly's back-off waits on it.</summary>
    private static async Task<int> DeliverWithClockAsync(AlertHarness harness, AlertDeliveryWorker worker)
    {
        var pass = worker.DeliverDueAsync(None);
        while (!pass.IsCompleted)
        {
            harness.Time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(5);
        }

        return await pass;
    }

    [Fact]
    public async Task Alert_is_posted_as_signed_cap_with_its_identifier_as_idempotency_key()
    {
        await using var line = await PoliceLine.StartAsync();
        var (harness, endpoint) = (line.Harness, line.Endpoint);
        await harness.RaiseAsync(Collision());

        Assert.Equal(1, await harness.NewDeliveryWorker().DeliverDueAsync(None));

        var delivery = Assert.Single(endpoint.Received);
        var message = Assert.Single(await harness.Alerts.MessagesAsync(AlertIds.For("INC-COLLISION", "police-avon"), None));
        Assert.Equal(message.Identifier, delivery.IdempotencyKey);
        Assert.True(delivery.SignatureValid);
        Assert.Empty(delivery.SchemaErrors);
        Assert.StartsWith(AlertDeliveryWorker.CapMediaType, delivery.ContentType);
        Assert.Equal(DeliveryState.Delivered, message.State);
        var status = Assert.Single((await harness.Incidents.GetAsync("INC-COLLISION", None))!.Alerts!);
        Assert.Equal(PartnerAlertState.Delivered, status.State);
    }

    [Fact]
    public async Task Transient_failures_are_retried_with_the_same_key_until_accepted()
    {
        await using var line = await PoliceLine.StartAsync();
        var (harness, endpoint) = (line.Harness, line.Endpoint);
        await harness.RaiseAsync(Collision());
        endpoint.AnswerWith(HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadGateway);

        await DeliverWithClockAsync(harness, harness.NewDeliveryWorker());

        Assert.Equal(3, endpoint.Received.Count);
        Assert.Single(endpoint.Received.Select(d => d.IdempotencyKey).Distinct());
        Assert.Single(endpoint.Processed);
        Assert.Equal(DeliveryState.Delivered, (await harness.Alerts.MessagesAsync(AlertIds.For("INC-COLLISION", "police-avon"), None)).Single().State);
    }

    [Fact]
    public async Task Partner_refusal_is_not_retried_and_the_incident_shows_the_failure()
    {
        await using var line = await PoliceLine.StartAsync();
        var (harness, endpoint) = (line.Harness, line.Endpoint);
        await harness.RaiseAsync(Collision());
        endpoint.AnswerWith(HttpStatusCode.BadRequest);

        await harness.NewDeliveryWorker().DeliverDueAsync(None);

        Assert.Single(endpoint.Received);
        var message = (await harness.Alerts.MessagesAsync(AlertIds.For("INC-COLLISION", "police-avon"), None)).Single();
        Assert.Equal(DeliveryState.Failed, message.State);
        Assert.Contains("HTTP 400", message.LastError);
        Assert.Equal(PartnerAlertState.DeliveryFailed, (await harness.Incidents.GetAsync("INC-COLLISION", None))!.Alerts!.Single().State);
    }

    [Fact]
    public async Task Endpoint_down_for_a_whole_delivery_is_tried_again_later_from_the_outbox()
    {
        await using var line = await PoliceLine.StartAsync();
        var (harness, endpoint) = (line.Harness, line.Endpoint);
        await harness.RaiseAsync(Collision());
        var options = new AlertDeliveryOptions { ImmediateRetries = 1 };
        endpoint.AnswerWith(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable);
        var worker = harness.NewDeliveryWorker(options);

        await DeliverWithClockAsync(harness, worker);
        var waiting = (await harness.Alerts.MessagesAsync(AlertIds.For("INC-COLLISION", "police-avon"), None)).Single();
        Assert.Equal((DeliveryState.Pending, 1), (waiting.State, waiting.Attempts));
        Assert.Equal(0, await worker.DeliverDueAsync(None));

        harness.Time.Advance(options.RedeliveryDelay);
        Assert.Equal(1, await worker.DeliverDueAsync(None));

        Assert.Equal(3, endpoint.Received.Count);
        Assert.Equal(DeliveryState.Delivered, (await harness.Alerts.MessagesAsync(AlertIds.For("INC-COLLISION", "police-avon"), None)).Single().State);
    }

    [Fact]
    public async Task Restart_mid_delivery_resends_only_the_message_in_flight_under_the_same_key()
    {
        await using var line = await PoliceLine.StartAsync();
        var (harness, endpoint) = (line.Harness, line.Endpoint);
        var options = new AlertDeliveryOptions { MaxParallel = 1 };
        await harness.RaiseAsync(Collision("INC-A"));
        await harness.NewDeliveryWorker(options).DeliverDueAsync(None);
        await harness.RaiseAsync(Collision("INC-B"));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.RaiseAsync(Collision("INC-C"));

        // The partner receives B but the worker dies before it hears back.
        endpoint.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var crash = new CancellationTokenSource();
        var crashed = harness.NewDeliveryWorker(options).DeliverDueAsync(crash.Token);
        await endpoint.ReachedGate.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => crashed);
        endpoint.Gate.SetResult();
        endpoint.Gate = null;
        await Eventually.TrueAsync(() => endpoint.Received.Count == 2, what: "the partner to finish receiving the in-flight message");

        var restarted = harness.NewDeliveryWorker(options);
        Assert.Equal(0, await restarted.DeliverDueAsync(None));
        harness.Time.Advance(options.Lease);
        Assert.Equal(2, await restarted.DeliverDueAsync(None));

        var received = endpoint.Received.GroupBy(d => d.IdempotencyKey).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, endpoint.Processed.Count);
        Assert.Equal(4, endpoint.Received.Count);
        Assert.Single(received, r => r.Value == 2);
        Assert.Contains(".ALR-", received.Single(r => r.Value == 2).Key);
        var inFlight = received.Single(r => r.Value == 2).Key;
        Assert.Equal("INC-B", (await harness.Alerts.MessageAsync(inFlight, None))!.IncidentId);
    }

    [Fact]
    public async Task Update_waits_until_the_alert_before_it_is_delivered()
    {
        await using var line = await PoliceLine.StartAsync();
        var (harness, endpoint) = (line.Harness, line.Endpoint);
        await harness.RaiseAsync(Collision());
        await harness.Lifecycle.EscalateAsync("INC-COLLISION", Operator, "both carriageways blocked", None);
        await harness.PlanLatestAsync("INC-COLLISION");
        endpoint.AnswerWith(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable);

        await DeliverWithClockAsync(harness, harness.NewDeliveryWorker());

        Assert.All(endpoint.Received, d => Assert.Contains("<msgType>Alert</msgType>", d.CapXml));
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.NewDeliveryWorker().DeliverDueAsync(None);
        await harness.NewDeliveryWorker().DeliverDueAsync(None);
        Assert.Equal(["Alert", "Update"], endpoint.Processed.Values.Select(d => d.CapXml.Contains("<msgType>Update</msgType>") ? "Update" : "Alert").Order());
    }
}
