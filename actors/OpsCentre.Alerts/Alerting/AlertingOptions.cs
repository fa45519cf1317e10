using OpsCentre.Alerts.Cap;

namespace OpsCentre.Alerts.Alerting;

/// <summary>How alerts to partners are written.</summary>
public sealed record AlertingOptions
{
    /// <summary>CAP sender: an address that identifies this centre. Default "opscentre@ops.city.example"; must contain
    /// no spaces, commas or markup characters (CAP 1.2).</summary>
    public string Sender { get; init; } = "opscentre@ops.city.example";

    /// <summary>Shown to partners as who sent the alert. Default "City Operations Centre".</summary>
    public string SenderName { get; init; } = "City Operations Centre";

    /// <summary>Actual in service; Exercise during drills, Test while commissioning a partner link. Default Actual.</summary>
    public CapStatus Status { get; init; } = CapStatus.Actual;

    /// <summary>RFC 3066 language of the text. Default en-GB.</summary>
    public string Language { get; init; } = "en-GB";

    /// <summary>Smallest radius of the alert circle around the incident. Default 250 m, range 25 m..50 km.</summary>
    public double MinimumAreaRadiusMetres { get; init; } = 250;

    /// <summary>How long an alert stands unless updated. Default 6 h, range 10 min..7 days.</summary>
    public TimeSpan ExpiresAfter { get; init; } = TimeSpan.FromHours(6);

    /// <summary>The part of the sender after '@' (or all of it), used to make message identifiers unique to this centre.</summary>
    public string SenderDomain => Sender.Contains('@') ? Sender[(Sender.IndexOf('@') + 1)..] : Sender;

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Sender) || Sender.IndexOfAny([' ', ',', '<', '&']) >= 0)
        {
            throw new ArgumentException($"{nameof(Sender)} '{Sender}' must be non-empty with no spaces, commas, '<' or '&' (CAP 1.2)", nameof(Sender));
        }

        if (string.IsNullOrWhiteSpace(SenderName))
        {
            throw new ArgumentException($"{nameof(SenderName)} is required", nameof(SenderName));
        }

        if (MinimumAreaRadiusMetres is < 25 or > 50_000 || double.IsNaN(MinimumAreaRadiusMetres))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumAreaRadiusMetres), MinimumAreaRadiusMetres, "must be between 25 m and 50 km");
        }

        if (ExpiresAfter < TimeSpan.FromMinutes(10) || ExpiresAfter > TimeSpan.FromDays(7))
        {
            throw new ArgumentOutOfRangeException(nameof(ExpiresAfter), ExpiresAfter, "must be between 10 minutes and 7 days");
        }
    }
}
