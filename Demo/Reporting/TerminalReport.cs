using System.Linq;
using Spectre.Console;

namespace CrmIndependence.Demo.Reporting
{
    /// <summary>
    /// The report in the terminal: <see cref="ReportContent"/>'s sections, tables laid out for 100 columns (short
    /// headers, a legend line below), in the same words and figures as the HTML report.
    /// </summary>
    public static class TerminalReport
    {
        public static void Write(IAnsiConsole console, DemoReport report) => Write(console, ReportContent.Of(report));

        public static void Write(IAnsiConsole console, ReportContent content)
        {
            foreach (var section in content.Sections)
            {
                console.Write(new Rule($"[bold]{Markup.Escape(section.Title)}[/]").LeftJustified());
                foreach (var paragraph in section.Paragraphs)
                {
                    console.WriteLine(paragraph);
                }

                foreach (var table in section.Tables)
                {
                    console.Write(Table(table));
                }

                foreach (var legend in section.Legend)
                {
                    console.MarkupLine($"[grey]{Markup.Escape(legend)}[/]");
                }

                if (section.Items.Count > 0)
                {
                    if (section.ItemsTitle != null)
                    {
                        console.MarkupLine($"[bold]{Markup.Escape(section.ItemsTitle)}[/]");
                    }

                    foreach (var item in section.Items)
                    {
                        console.WriteLine("  • " + item);
                    }
                }

                foreach (var agenda in section.Agendas)
                {
                    console.Write(new Panel(new Text(agenda.Text)).Header(Markup.Escape(agenda.Header)).Border(BoxBorder.Rounded).Expand());
                }

                console.WriteLine();
            }
        }

        private static Table Table(ReportTable source)
        {
            var table = new Table().Border(TableBorder.Rounded);
            if (source.Title != null)
            {
                table.Title(Markup.Escape(source.Title));
            }

            foreach (var column in source.Columns)
            {
                var added = new TableColumn(Markup.Escape(column.Header));
                table.AddColumn(column.Numeric ? added.RightAligned() : added);
            }

            foreach (var row in source.Rows)
            {
                var cells = row.Cells.Select(cell => Markup.Escape(cell));
                table.AddRow((row.IsGroup || row.IsTotal ? cells.Select(cell => cell.Length == 0 ? cell : $"[bold]{cell}[/]") : cells).ToArray());
            }

            return table;
        }
    }
}
