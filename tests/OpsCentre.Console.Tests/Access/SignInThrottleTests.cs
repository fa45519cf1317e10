using Microsoft.Extensions.Options;
using OpsCentre.Console.Access;

namespace OpsCentre.Console.Tests.Access;

public sealed class SignInThrottleTests
{
    private readonly ManualClock _time = new(new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero));
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests()
    {
        _throttle = new SignInThrottle(Options.Create(new AccessOptions { MaxFailedSignIns = 3, LockoutPeriod = TimeSpan.FromMinutes(5) }), _time);
    }

    [Fact]
    public void A_name_is_locked_after_the_configured_failures_in_a_row()
    {
        _throttle.Failed("desk-1");
        _throttle.Failed("desk-1");
        Assert.Null(_throttle.LockedFor("desk-1"));

        _throttle.Failed("DESK-1");

        Assert.Equal(TimeSpan.FromMinutes(5), _throttle.LockedFor("desk-1"));
        Assert.Null(_throttle.LockedFor("desk-2"));
    }

    [Fact]
    public void The_lock_runs_out_after_the_lockout_period_and_the_count_starts_again()
    {
        for (var i = 0; i < 3; i++)
        {
            _throttle.Failed("desk-1");
        }

        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(_throttle.LockedFor("desk-1"));

        _throttle.Failed("desk-1");
        Assert.Null(_throttle.LockedFor("desk-1"));
    }

    [Fact]
    public void A_successful_sign_in_clears_earlier_failures()
    {
        _throttle.Failed("desk-1");
        _throttle.Failed("desk-1");
        _throttle.Succeeded("desk-1");
        _throttle.Failed("desk-1");
        _throttle.Failed("desk-1");

        Assert.Null(_throttle.LockedFor("desk-1"));
    }
}
