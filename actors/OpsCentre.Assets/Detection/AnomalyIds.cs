using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpsCentre.Assets.Detection;

/// <summary>Anomaly ids from asset, signal and observation time: the same reading replayed gives the same id.</summary>
public static class AnomalyIds
{
    public static string From(string assetId, string signal, DateTimeOffset observedAt)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{assetId}\n{signal}\n{observedAt.UtcTicks}");
        return "ANO-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
    }
}
