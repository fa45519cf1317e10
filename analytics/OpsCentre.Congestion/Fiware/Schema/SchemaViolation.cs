namespace OpsCentre.Congestion.Fiware.Schema;

/// <summary>One way an instance breaks a schema: where in the instance (JSON pointer), which keyword, and why.</summary>
public sealed record SchemaViolation(string InstancePath, string Keyword, string Message)
{
    public override string ToString() => $"{(InstancePath.Length == 0 ? "/" : InstancePath)}: {Keyword}: {Message}";
}
