using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Access;

/// <summary>
/// One console account: an operational identity (a desk or call sign, never a person's name), its role and, for
/// partner accounts, the partner whose alerts it may see.
/// </summary>
/// <param name="PasswordHash">ASP.NET Core Identity's PBKDF2 format (version 3: HMAC-SHA512, salted).</param>
/// <param name="PartnerId">The partner registry's id (e.g. "police"); required for partners, absent for staff.</param>
public sealed record ConsoleUser(string UserName, ActorRole Role, string PasswordHash, string? PartnerId = null);
