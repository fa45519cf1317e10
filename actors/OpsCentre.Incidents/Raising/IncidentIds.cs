using System.Security.Cryptography;
using System.Text;

namespace OpsCentre.Incidents.Raising;

/// <summary>
/// Incident ids derived from what raised them, so a replay of the same anomaly produces the same id and the
/// store's upsert makes it a no-op rather than a duplicate.
/// </summary>
public static class IncidentIds
{
    public static string From(string kind, string firstAnomalyId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{firstAnomalyId}"));
        return "INC-" + Convert.ToHexString(hash, 0, 6);
    }
}
