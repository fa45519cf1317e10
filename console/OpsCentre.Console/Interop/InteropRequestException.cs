namespace OpsCentre.Console.Interop;

/// <summary>A third-party request this node cannot read: the caller gets a 400 and the raw body is dead-lettered.</summary>
/// <param name="reason">A short machine-readable reason (the dead-letter reason header).</param>
/// <param name="detail">What was wrong, for the caller.</param>
public sealed class InteropRequestException(string reason, string detail) : Exception(detail)
{
    public string Reason { get; } = reason;
}
