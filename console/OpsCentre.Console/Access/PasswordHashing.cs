using Microsoft.AspNetCore.Identity;

namespace OpsCentre.Console.Access;

/// <summary>
/// Password hashes in ASP.NET Core Identity's format (version 3: PBKDF2 with HMAC-SHA512, 100 000 iterations, 128-bit
/// salt), so a users file can be produced with any Identity tooling and verified here without a database.
/// </summary>
public static class PasswordHashing
{
    private const byte IdentityV3Marker = 0x01;
    private static readonly PasswordHasher<ConsoleUser> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static bool Verify(ConsoleUser user, string password) =>
        Hasher.VerifyHashedPassword(user, user.PasswordHash, password) is not PasswordVerificationResult.Failed;

    /// <summary>True when <paramref name="hash"/> is base64 of an Identity v3 hash (the only format verified here).</summary>
    public static bool IsWellFormed(string hash)
    {
        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash, bytes, out var length) && length > 13 && bytes[0] == IdentityV3Marker;
    }
}
