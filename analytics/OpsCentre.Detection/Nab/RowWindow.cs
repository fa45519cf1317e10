namespace OpsCentre.Detection.Nab;

/// <summary>A labelled anomaly window as inclusive row indices.</summary>
public readonly record struct RowWindow(int Start, int End)
{
    public int Width => End - Start + 1;

    public bool Contains(int row) => row >= Start && row <= End;
}
