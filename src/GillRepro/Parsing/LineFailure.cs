namespace GillRepro.Parsing;

/// <summary>Why a line did not match: where the problem starts, what was expected and what was found.</summary>
internal readonly record struct LineFailure(int Offset, string Expected, string Found);
