using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace SmpRules.Web.Input;

/// <summary>Collects what is wrong with a request, each with the parameter it concerns, so that a caller sees every problem at once.</summary>
internal sealed class InputProblems
{
    /// <summary>The title of every bad-input problem details response.</summary>
    public const string Title = "The request's input is invalid.";

    private readonly List<InputError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<InputError> Errors => _errors;

    public void Add(string parameter, string message) => _errors.Add(new InputError(parameter, message));

    /// <summary>A 400 problem details response: the messages as the detail, and every error with its parameter.</summary>
    public IResult ToResult() => ToResult(StatusCodes.Status400BadRequest, Title);

    /// <summary>A problem details response with a status and title: the messages as the detail, and every error with its parameter.</summary>
    public IResult ToResult(int status, string title) => TypedResults.Problem(
        statusCode: status,
        title: title,
        detail: string.Join(" ", _errors.Select(e => e.Message)),
        extensions: new Dictionary<string, object?> { ["errors"] = _errors.ToArray() });

    /// <summary>A value as an error message quotes it: cut short if long, so that a hostile value is not echoed whole.</summary>
    public static string Quote(string value) =>
        value.Length <= Limits.MaxQuotedLength ? value : string.Concat(value.AsSpan(0, Limits.MaxQuotedLength), "…");
}

/// <summary>One problem of a request: the query or route parameter it concerns, and a sentence saying what is wrong.</summary>
internal sealed record InputError(string Parameter, string Message);
