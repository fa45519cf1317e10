using System.Buffers;

namespace OpsCentre.Ingest.Privacy;

/// <summary>
/// Recognises identifying data by field name (anywhere in a message) and by value shape (free-text fields that
/// hold something plate-like). What each adapter drops, and why, is listed in Privacy/PRIVACY.md.
/// </summary>
public static class IdentifyingData
{
    /// <summary>
    /// Fragments of field names that carry personal data: vehicle plates (ANPR/VRM), faces and face-recognition
    /// labels, images, device identifiers that follow a person (phone, MAC, IMSI) and names/contact details.
    /// Matched case-insensitively after removing '_' and '-', so "recognized_license_plate" and "numberPlate" match.
    /// </summary>
    public static IReadOnlyList<string> NameFragments { get; } =
    [
        "plate", "vrm", "anpr", "registration", "face", "sublabel", "snapshot", "thumbnail", "thumb", "image", "clip",
        "imsi", "imei", "macaddress", "msisdn", "phone", "email", "personname", "fullname", "firstname", "lastname",
        "surname", "driver",
    ];

    private static readonly SearchValues<char> UpperAlphanumeric = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    public static bool IsIdentifyingFieldName(ReadOnlySpan<char> name)
    {
        Span<char> normalised = stackalloc char[Math.Min(name.Length, 128)];
        var length = 0;
        foreach (var c in name)
        {
            if (c is '_' or '-' or ' ' || length == normalised.Length)
            {
                continue;
            }

            normalised[length++] = char.ToLowerInvariant(c);
        }

        var candidate = normalised[..length];
        foreach (var fragment in NameFragments)
        {
            if (candidate.Contains(fragment, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A value shaped like a number plate: 5–8 upper-case letters and digits with at least two of each, optionally split
    /// once as UK plates are (UK "AB12 CDE", EU "ABC12345"). Zone and class names are lower-case words, so they do not match.
    /// </summary>
    public static bool LooksLikeNumberPlate(ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        var space = trimmed.IndexOf(' ');
        if (space >= 0 && (space is < 2 or > 4 || trimmed.Length - space - 1 != 3))
        {
            // UK plates split as "AB12 CDE": 2–4 characters, a space, then 3. "M32 J3" (a junction) does not.
            return false;
        }

        var letters = 0;
        var digits = 0;
        foreach (var c in trimmed)
        {
            if (c == ' ')
            {
                continue;
            }

            if (!UpperAlphanumeric.Contains(c))
            {
                return false;
            }

            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else
            {
                letters++;
            }
        }

        return letters + digits is >= 5 and <= 8 && letters >= 2 && digits >= 2;
    }
}
