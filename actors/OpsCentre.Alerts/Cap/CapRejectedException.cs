namespace OpsCentre.Alerts.Cap;

/// <summary>A CAP document was refused: too large, not well-formed, carrying a DTD, or not valid CAP 1.2.</summary>
public sealed class CapRejectedException(string reason, Exception? inner = null) : Exception(reason, inner);
