namespace OpsCentre.Console.Access;

/// <summary>Claim types the console's sign-in cookie carries beyond the standard name and role.</summary>
public static class ConsoleClaims
{
    /// <summary>The partner registry id a partner account acts for; only partner accounts carry it.</summary>
    public const string PartnerId = "opscentre:partner";
}
