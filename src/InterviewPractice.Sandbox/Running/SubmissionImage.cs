using InterviewPractice.Protocol;

namespace InterviewPractice.Sandbox.Running;

/// <summary>The compiled assembly and its portable PDB, as the compile container produced them.</summary>
internal sealed record SubmissionImage(byte[] Assembly, byte[]? Pdb)
{
    public static SubmissionImage Decode(LoadRequest load)
    {
        if (load.Assembly is null)
        {
            throw new SubmissionRejectedException(LoadAnswer.CompileError("The load request carries no compiled assembly."));
        }
        try
        {
            return new SubmissionImage(
                Convert.FromBase64String(load.Assembly),
                load.Pdb is null ? null : Convert.FromBase64String(load.Pdb));
        }
        catch (FormatException e)
        {
            throw new SubmissionRejectedException(LoadAnswer.CompileError($"The compiled assembly is not valid base64: {e.Message}"));
        }
    }
}
