namespace OpsCentre.Detection;

/// <summary>Range checks for options records, with messages that name the option and its valid range.</summary>
internal static class OptionChecks
{
    public static void InRange(int value, int min, int max, string owner, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{owner}.{name} must be between {min} and {max}, but was {value}.");
        }
    }

    public static void InRange(double value, double min, double max, string owner, string name)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{owner}.{name} must be between {min} and {max}, but was {value}.");
        }
    }

    public static void InRange(TimeSpan value, TimeSpan min, TimeSpan max, string owner, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{owner}.{name} must be between {min} and {max}, but was {value}.");
        }
    }
}
