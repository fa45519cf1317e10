namespace OpsCentre.Charts.Bars;

public enum BarOrientation
{
    /// <summary>Bars grow to the right, categories listed top to bottom: suits rankings with long names.</summary>
    Horizontal,

    /// <summary>Bars grow upwards, categories along the bottom: suits ordered categories such as hours.</summary>
    Vertical,
}
