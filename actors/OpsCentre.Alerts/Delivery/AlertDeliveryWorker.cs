using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Partners;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Lifecycle;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OpsCentre.Alerts.Delivery;

/// <summary>
/// Empties the outbox: leases due messages, POSTs each to its partner's endpoint (CAP XML, HMAC-signed, with the CAP
/// identifier as the idempotency key), and records the result. The lease keeps two workers (or two nodes) from
/// sending the same message; a message is marked delivered only after the partner answered 2xx, so a crash before that
/// leaves it pending and it is sent again, with the same idempotency key, once the lease runs out. That one
/// in-flight message is the only thing a crash can repeat, and the key lets the partner recognise it.
/// </summary>
public sealed class AlertDeliveryWorker
{
    public const string CapMediaType = "application/cap+xml";

    private static readonly Actor Delivery = Actor.System("alert-delivery");

    private readonly IAlertStore _alerts;
    private readonly IPartnerRegistry _partners;
    private readonly HttpClient _http;
    private readonly IncidentLifecycle _lifecycle;
    private readonly AlertDeliveryOptions _options;
    private readonly OutboxSignal _outbox;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public AlertDeliveryWorker(
        IAlertStore alerts,
        IPartnerRegistry partners,
        HttpClient http,
        IncidentLifecycle lifecycle,
        AlertDeliveryOptions options,
        OutboxSignal outbox,
        TimeProvider time,
        ILogger<AlertDeliveryWorker> logger)
    {
        options.Validate();
        _alerts = alerts;
        _partners = partners;
        _http = http;
        _lifecycle = lifecycle;
        _options = options;
        _outbox = outbox;
        _time = time;
        _logger = logger;
        _pipeline = BuildPipeline(options, time);
    }

    /// <summary>One pass: delivers what is due now; returns how many messages were attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var due = await _alerts.LeaseDueAsync(_time.GetUtcNow(), _options.Lease, _options.BatchSize, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallel, CancellationToken = cancellationToken },
            async (message, token) => await DeliverAsync(message, token).ConfigureAwait(false)).ConfigureAwait(false);
        return due.Count;
    }

    /// <summary>Delivers until cancelled: a pass, then a wait for new messages or the poll interval.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (await DeliverDueAsync(cancellationToken).ConfigureAwait(false) == _options.BatchSize)
                {
                    continue;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Alert delivery pass failed; retrying after {Interval}", _options.PollInterval);
            }

            await _outbox.WaitAsync(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DeliverAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var partner = await _partners.GetAsync(message.PartnerId, cancellationToken).ConfigureAwait(false);
        var secret = partner is { Active: true } ? await _partners.SigningSecretAsync(partner.PartnerId, cancellationToken).ConfigureAwait(false) : null;
        if (partner is null || secret is null)
        {
            await FailAsync(message, partner, message.Attempts, $"partner {message.PartnerId} is no longer registered or active", cancellationToken).ConfigureAwait(false);
            return;
        }

        var body = Encoding.UTF8.GetBytes(message.CapXml);
        var attempts = message.Attempts + 1;
        string error;
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async token => await _http.SendAsync(Request(partner, secret, message, body), token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            if (Accepted(response.StatusCode))
            {
                await _alerts.MarkDeliveredAsync(message.Identifier, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                _logger.LogInformation("{Type} {Identifier} delivered to {Partner} ({Status})", message.MsgType, message.Identifier, partner.PartnerId, (int)response.StatusCode);
                if (message.MsgType == CapMessageType.Alert)
                {
                    await ReportAsync(message, partner, PartnerAlertState.Delivered, cancellationToken).ConfigureAwait(false);
                }

                return;
            }

            error = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            if (!Transient(response.StatusCode))
            {
                // The partner understood and refused: retrying the same bytes cannot help.
                await FailAsync(message, partner, attempts, $"refused by the partner: {error}", cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error = e.Message;
        }

        if (attempts >= _options.MaxDeliveries)
        {
            await FailAsync(message, partner, attempts, $"gave up after {attempts} deliveries; last error: {error}", cancellationToken).ConfigureAwait(false);
            return;
        }

        var wait = _options.RedeliveryDelay * Math.Pow(2, attempts - 1);
        var next = _time.GetUtcNow() + (wait > TimeSpan.FromMinutes(15) ? TimeSpan.FromMinutes(15) : wait);
        await _alerts.RescheduleAsync(message.Identifier, attempts, next, error, cancellationToken).ConfigureAwait(false);
        _logger.LogWarning("{Identifier} to {Partner} failed ({Error}); delivery {Attempt} of {Max}, next at {Next:O}", message.Identifier, partner.PartnerId, error, attempts, _options.MaxDeliveries, next);
    }

    private HttpRequestMessage Request(Partner partner, string secret, AlertMessage message, byte[] body)
    {
        // A new request per attempt: a sent HttpRequestMessage cannot be sent again, and each attempt signs afresh.
        var request = new HttpRequestMessage(HttpMethod.Post, partner.Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(CapMediaType) { CharSet = "utf-8" };
        request.Headers.Add(AlertSignature.IdempotencyHeader, message.Identifier);
        request.Headers.Add(AlertSignature.Header, AlertSignature.Sign(secret, _time.GetUtcNow(), body));
        return request;
    }

    private async Task FailAsync(AlertMessage message, Partner? partner, int attempts, string error, CancellationToken cancellationToken)
    {
        await _alerts.MarkFailedAsync(message.Identifier, attempts, error, cancellationToken).ConfigureAwait(false);
        _logger.LogError("{Identifier} to {Partner} failed for good: {Error}", message.Identifier, message.PartnerId, error);
        if (partner is not null)
        {
            await ReportAsync(message, partner, PartnerAlertState.DeliveryFailed, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task ReportAsync(AlertMessage message, Partner partner, PartnerAlertState state, CancellationToken cancellationToken) =>
        _lifecycle.RecordAlertStatusAsync(message.IncidentId, Delivery, new PartnerAlertStatus(message.AlertId, partner.PartnerId, partner.Name, state, _time.GetUtcNow()), cancellationToken);

    /// <summary>2xx, or 409: a partner that already holds this idempotency key has the message.</summary>
    private static bool Accepted(HttpStatusCode status) => (int)status is >= 200 and < 300 || status == HttpStatusCode.Conflict;

    private static bool Transient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(AlertDeliveryOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.ImmediateRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.ImmediateRetries,
                Delay = options.FirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => Transient(response.StatusCode)),
                OnRetry = arguments =>
                {
                    arguments.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }
}
