using System.Globalization;

namespace OpsCentre.Incidents.Correlation.RulesFile;

/// <summary>Durations as people write them in the rules file: a whole number and a unit, "90s", "5m", "2h", "1d".</summary>
internal static class Durations
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length < 2)
        {
            return false;
        }

        text = text.Trim();
        if (!int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        duration = text[^1] switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => TimeSpan.MinValue,
        };
        return duration != TimeSpan.MinValue;
    }
}
