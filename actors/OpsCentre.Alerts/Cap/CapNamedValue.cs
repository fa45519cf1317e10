namespace OpsCentre.Alerts.Cap;

/// <summary>A CAP valueName/value pair (eventCode, parameter, geocode).</summary>
public sealed record CapNamedValue(string ValueName, string Value);
