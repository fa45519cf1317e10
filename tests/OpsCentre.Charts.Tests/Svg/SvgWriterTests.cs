using System.Xml.Linq;
using OpsCentre.Charts.Svg;

namespace OpsCentre.Charts.Tests.Svg;

public class SvgWriterTests
{
    [Fact]
    public void Groups_left_open_are_closed_on_dispose()
    {
        var text = new StringWriter();
        using (var svg = new SvgWriter(text, 100, 50))
        {
            svg.BeginGroup("outer");
            svg.BeginGroup("inner");
            svg.Rectangle(1, 2, 3, 4, "red");
        }

        var root = XDocument.Parse(text.ToString()).Root!;
        Assert.Equal("outer", root.Elements().Single().Attribute("class")!.Value);
    }

    [Fact]
    public void Closing_a_group_that_is_not_open_is_an_error()
    {
        using var svg = new SvgWriter(new StringWriter(), 100, 50);

        Assert.Throws<InvalidOperationException>(svg.EndGroup);
    }

    [Fact]
    public void Coordinates_use_a_dot_and_at_most_two_decimals()
    {
        Assert.Equal("1234.57", SvgWriter.Format(1234.5678));
        Assert.Equal("-0.5", SvgWriter.Format(-0.5));
    }
}
