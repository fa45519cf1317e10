namespace OpsCentre.Alerts.Cap;

/// <summary>The action recommended to the audience. CAP 1.2 &lt;responseType&gt;.</summary>
public enum CapResponseType
{
    Shelter,
    Evacuate,
    Prepare,
    Execute,
    Avoid,
    Monitor,
    Assess,
    AllClear,
    None,
}
