namespace OpsCentre.Console.Access;

/// <summary>The body of POST /api/session.</summary>
public sealed record SignInRequest(string? UserName, string? Password);
