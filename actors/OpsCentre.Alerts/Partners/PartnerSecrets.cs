using System.Security.Cryptography;
using System.Text;

namespace OpsCentre.Alerts.Partners;

/// <summary>Generates partner keys and secrets (256 random bits each) and hashes keys for storage.</summary>
public static class PartnerSecrets
{
    public const string ApiKeyPrefix = "ocpk_";
    public const string SigningSecretPrefix = "ocps_";

    public static string NewApiKey() => ApiKeyPrefix + Random();

    public static string NewSigningSecret() => SigningSecretPrefix + Random();

    /// <summary>SHA-256 of the key, hex: keys are random and long, so no salt or slow hash is needed.</summary>
    public static string HashApiKey(string apiKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));

    private static string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
