using System.CommandLine;
using SmpRules.Cli.Input;
using SmpRules.Cli.Output;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Commands;

/// <summary>Writes the answer of an advice command in the format asked.</summary>
internal static class AdviceOutput
{
    public static int Write(ParseResult result, QueryInput input, AdviceQuery query, CareAdvice advice)
    {
        System.IO.TextWriter output = result.InvocationConfiguration.Output;
        if (input.Format == OutputFormat.Json)
        {
            Json.Write(output, writer => CareAdviceJson.Write(writer, advice, input.Culture));
        }
        else
        {
            AdviceText.Write(output, input.Schedule, query, advice, input.Culture);
        }

        return ExitCodes.Success;
    }
}
