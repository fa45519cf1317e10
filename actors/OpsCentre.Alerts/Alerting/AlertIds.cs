using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpsCentre.Alerts.Alerting;

/// <summary>
/// Ids derived from what they are about, so planning the same incident version twice (a replay after a crash) yields
/// the same alert and message ids and the outbox stores each message once.
/// </summary>
public static class AlertIds
{
    public static string For(string incidentId, string partnerId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{incidentId}\n{partnerId}"));
        return "ALR-" + Convert.ToHexString(hash, 0, 6);
    }

    /// <summary>A CAP identifier: no spaces, commas or markup characters, as CAP 1.2 requires.</summary>
    public static string MessageIdentifier(string senderDomain, string alertId, long incidentVersion) =>
        string.Create(CultureInfo.InvariantCulture, $"{senderDomain}.{alertId}.{incidentVersion}");
}
