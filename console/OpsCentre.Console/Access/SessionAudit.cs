using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Access;

/// <summary>
/// Puts sign-ins, refusals and sign-outs in the audit trail (subject "session", id = the account name), beside the
/// incident and alert actions, so "who was on the console when" is answered from one place. The audit log is resolved
/// lazily: nodes built without the incident services still sign people in, with the trail going to the log only.
/// </summary>
public sealed class SessionAudit(IServiceProvider services, TimeProvider time, ILogger<SessionAudit> logger)
{
    public const string Subject = "session";

    // A user-name field can hold anything someone typed (even a password), so refusals keep only a bounded prefix.
    private const int MaxRecordedNameLength = 64;

    public Task SignedInAsync(ConsoleUser user, CancellationToken cancellationToken) =>
        AppendAsync(user.UserName, "sign-in", AuditOutcome.Done, ActorOf(user), null, cancellationToken);

    public Task SignedOutAsync(Actor actor, string userName, CancellationToken cancellationToken) =>
        AppendAsync(userName, "sign-out", AuditOutcome.Done, actor, null, cancellationToken);

    public Task RefusedAsync(string attemptedName, string reason, CancellationToken cancellationToken)
    {
        var name = attemptedName.Length > MaxRecordedNameLength ? attemptedName[..MaxRecordedNameLength] : attemptedName;
        return AppendAsync(name, "sign-in", AuditOutcome.Refused, Actor.System("console-sign-in"), reason, cancellationToken);
    }

    private static Actor ActorOf(ConsoleUser user) => new(user.Role == ActorRole.Partner ? user.PartnerId! : user.UserName, user.Role);

    private async Task AppendAsync(string subjectId, string action, AuditOutcome outcome, Actor actor, string? reason, CancellationToken cancellationToken)
    {
        logger.LogInformation("Console {Action} {Outcome} for {Account} by {Actor}{Reason}", action, outcome, subjectId, actor, reason is null ? "" : $": {reason}");
        if (services.GetService<IAuditLog>() is { } auditLog)
        {
            await auditLog.AppendAsync(new AuditEntry(Subject, subjectId, action, outcome, actor, time.GetUtcNow(), reason), cancellationToken).ConfigureAwait(false);
        }
    }
}
