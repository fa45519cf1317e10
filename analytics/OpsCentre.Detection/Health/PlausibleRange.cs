namespace OpsCentre.Detection.Health;

/// <summary>
/// The physically possible values of a quantity (e.g. 0..100 % occupancy, −60..60 °C air temperature), supplied by
/// whoever knows what the stream measures. A reading outside it is a sensor fault, not an event.
/// </summary>
public sealed record PlausibleRange(double Minimum, double Maximum)
{
    public void Validate()
    {
        if (!(Minimum < Maximum))
        {
            throw new ArgumentException($"A plausible range needs Minimum < Maximum, but was {Minimum}..{Maximum}.");
        }
    }

    public bool Contains(double value) => value >= Minimum && value <= Maximum;

    public double NearestLimit(double value) => value < Minimum ? Minimum : Maximum;
}
