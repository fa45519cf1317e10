using Microsoft.Extensions.Options;

namespace OpsCentre.Console.Access;

/// <summary>Rejects sign-in settings outside their documented ranges, naming the setting and the range.</summary>
public sealed class AccessOptionsValidator : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        var errors = new List<string>();
        if (options.UsersFile is { } usersFile && string.IsNullOrWhiteSpace(usersFile))
        {
            errors.Add($"{AccessOptions.Section}:{nameof(AccessOptions.UsersFile)} is blank; name the users file or leave it out for the default");
        }

        if (options.SessionLifetime < TimeSpan.FromMinutes(15) || options.SessionLifetime > TimeSpan.FromHours(24))
        {
            errors.Add($"{AccessOptions.Section}:{nameof(AccessOptions.SessionLifetime)} is {options.SessionLifetime}; it must be between 00:15:00 and 24:00:00");
        }

        if (options.MaxFailedSignIns is < 3 or > 20)
        {
            errors.Add($"{AccessOptions.Section}:{nameof(AccessOptions.MaxFailedSignIns)} is {options.MaxFailedSignIns}; it must be between 3 and 20");
        }

        if (options.LockoutPeriod < TimeSpan.FromSeconds(30) || options.LockoutPeriod > TimeSpan.FromHours(1))
        {
            errors.Add($"{AccessOptions.Section}:{nameof(AccessOptions.LockoutPeriod)} is {options.LockoutPeriod}; it must be between 00:00:30 and 01:00:00");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
