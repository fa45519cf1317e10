using System.Text.Json;
using OpenQA.Selenium;
using OpsCentre.Tests;

namespace OpsCentre.Console.Tests.Browser;

/// <summary>Drives the console in a <see cref="Chromium"/>: sign in, go to a page, wait for things, check accessibility.</summary>
public sealed class ConsolePage(Chromium chromium, Uri address)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public IWebDriver Driver => chromium.Driver;

    public void SignIn(string userName, string? password = null)
    {
        Driver.Navigate().GoToUrl(new Uri(address, "/signin.html"));
        Driver.Manage().Cookies.DeleteAllCookies();
        Driver.Navigate().Refresh();
        Until(() => Driver.FindElements(By.Id("username")).Count > 0, "the sign-in form");
        Driver.FindElement(By.Id("username")).SendKeys(userName);
        Driver.FindElement(By.Id("password")).SendKeys((password ?? $"{userName}-demo") + Keys.Enter);
        Until(() => Driver.Url.Contains("/#/", StringComparison.Ordinal) && Driver.FindElements(By.CssSelector("main h1")).Count > 0, $"the console after signing in as {userName}");
    }

    public void Open(string route, string readySelector)
    {
        Driver.Navigate().GoToUrl(new Uri(address, $"/#/{route}"));
        Until(() => Driver.FindElements(By.CssSelector(readySelector)).Count > 0, $"{readySelector} on #/{route}");
    }

    /// <summary>Opens the incident queue and waits until the live connection is up, so pushes from now on arrive.</summary>
    public void OpenLiveQueue()
    {
        Open("queue", "#queue tbody");
        Until(() => Find("#connection").Text == "Live", "the live connection");
    }

    /// <summary>Types into whatever has the keyboard focus, as a person at the keyboard does.</summary>
    public void Press(string keys) => new OpenQA.Selenium.Interactions.Actions(Driver).SendKeys(keys).Perform();

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    // The pages redraw as live updates arrive, so an element found a moment ago may be gone. Reads below take one
    // snapshot of the DOM in a single script, and clicks retry on a fresh element, instead of holding references.

    /// <summary>The text of the first element matching <paramref name="css"/>, or empty.</summary>
    public string Text(string css) => Script<string>("return document.querySelector(arguments[0])?.innerText ?? ''", css) ?? "";

    /// <summary>The texts of every element matching <paramref name="css"/>.</summary>
    public IReadOnlyList<string> Texts(string css) =>
        [.. Script<IReadOnlyCollection<object>>("return [...document.querySelectorAll(arguments[0])].map(e => e.innerText)", css)!.Cast<string>()];

    /// <summary>The value of attribute <paramref name="name"/> on every element matching <paramref name="css"/>.</summary>
    public IReadOnlyList<string?> Attributes(string css, string name) =>
        [.. Script<IReadOnlyCollection<object?>>("return [...document.querySelectorAll(arguments[0])].map(e => e.getAttribute(arguments[1]))", css, name)!.Select(v => v as string)];

    /// <summary>The cell texts of every table row matching <paramref name="rowsCss"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cells(string rowsCss) =>
        [.. Script<IReadOnlyCollection<object>>("return [...document.querySelectorAll(arguments[0])].map(r => [...r.cells].map(c => c.innerText))", rowsCss)!
            .Select(row => (IReadOnlyList<string>)[.. ((IReadOnlyCollection<object>)row).Cast<string>()])];

    public void Click(string css) => Until(() =>
    {
        Find(css).Click();
        return true;
    }, $"a click on {css}");

    public void Type(string css, string text) => Until(() =>
    {
        Find(css).SendKeys(text);
        return true;
    }, $"typing into {css}");

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    public T? Script<T>(string script, params object[] arguments) => (T?)((IJavaScriptExecutor)Driver).ExecuteScript(script, arguments);

    public object? AsyncScript(string script, params object[] arguments) => ((IJavaScriptExecutor)Driver).ExecuteAsyncScript(script, arguments);

    /// <summary>Waits until <paramref name="condition"/> holds; fails naming <paramref name="what"/> and the page's log.</summary>
    public void Until(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        if (!Within(condition, timeout ?? TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException($"waited for {what} at {Driver.Url}; browser log:\n{chromium.ConsoleLog()}");
        }
    }

    /// <summary>Whether <paramref name="condition"/> comes to hold within <paramref name="timeout"/>.</summary>
    private bool Within(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        do
        {
            try
            {
                if (condition())
                {
                    return true;
                }
            }
            catch (WebDriverException)
            {
                // The element was replaced between finding and reading it (the page re-renders live); look again.
            }

            Thread.Sleep(100);
        }
        while (DateTime.UtcNow < deadline);
        return false;
    }

    /// <summary>Runs axe-core (the npm package the console ships in /lib) and returns WCAG 2.0/2.1 A and AA violations.</summary>
    public IReadOnlyList<string> AccessibilityViolations()
    {
        AsyncScript("""
            const done = arguments[arguments.length - 1];
            if (window.axe) { done(); return; }
            const script = document.createElement('script');
            script.src = '/lib/axe-core/axe.min.js';
            script.onload = () => done();
            document.head.appendChild(script);
            """);
        var json = (string)AsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
              .then(result => done(JSON.stringify(result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary) })))))
              .catch(error => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(error), targets: [] }])));
            """, WcagTags.Cast<object>().ToList())!;
        using var violations = JsonDocument.Parse(json);
        return [.. violations.RootElement.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}\n    "
            + string.Join("\n    ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString())))];
    }

    /// <summary>Saves the page as artifacts/screenshots/<paramref name="name"/>.png under the repository root.</summary>
    public string Screenshot(string name)
    {
        var folder = Path.Combine(TestData.RepoRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(path);
        return path;
    }
}
