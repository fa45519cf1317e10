using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpsCentre.Alerts.Delivery;

/// <summary>
/// Signs deliveries so a partner can tell they came from this centre and were not altered or replayed later:
/// HMAC-SHA256 over "timestamp.body" with the partner's signing secret, sent as
/// <c>X-OpsCentre-Signature: t=1762156800,v1=&lt;hex&gt;</c> (the scheme Stripe and GitHub webhooks use).
/// </summary>
public static class AlertSignature
{
    public const string Header = "X-OpsCentre-Signature";
    public const string IdempotencyHeader = "Idempotency-Key";

    public static string Sign(string secret, DateTimeOffset at, byte[] body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Convert.ToHexStringLower(Mac(secret, timestamp, body))}";
    }

    /// <summary>True if the header is a valid signature of <paramref name="body"/> made within <paramref name="tolerance"/> of now.</summary>
    public static bool Verify(string secret, string? header, byte[] body, DateTimeOffset now, TimeSpan tolerance)
    {
        var parts = (header ?? "").Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        if (!parts.TryGetValue("t", out var timestamp) || !parts.TryGetValue("v1", out var hex)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Mac(secret, timestamp, body));
    }

    private static byte[] Mac(string secret, string timestamp, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed, prefix.Length);
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }
}
