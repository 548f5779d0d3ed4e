using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>The Odeus keys in one additional file, found with ODEUS001's key rules and placeholders.</summary>
internal sealed class KeysInFile
{
    private static readonly KeysInFile None = new(null, string.Empty, new List<KeySpan>());

    private KeysInFile(SourceText? text, string content, List<KeySpan> keys)
    {
        Text = text;
        Content = content;
        Keys = keys;
    }

    public SourceText? Text { get; }

    public string Content { get; }

    public List<KeySpan> Keys { get; }

    /// <summary>
    /// Reads <paramref name="file"/> as plain text, whatever its format or encoding; a file that cannot be read, or is
    /// larger than <see cref="SecretFiles.MaximumLength"/>, has no keys.
    /// </summary>
    public static KeysInFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        SourceText? text;
        try
        {
            text = file.GetText(cancellationToken);
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            return None;
        }

        if (text is null || text.Length > SecretFiles.MaximumLength || SourceTextSearch.Scan(text).PrefixPositions is null)
        {
            return None;
        }

        var content = text.ToString();
        return new KeysInFile(text, content, KeyScanner.FindKeys(content));
    }

    public Location LocationOf(string path, KeySpan key)
    {
        var span = new TextSpan(key.Start, key.Length);
        return Location.Create(path, span, Text!.Lines.GetLinePositionSpan(span));
    }

    public string Mask(KeySpan key) => KeyScanner.Mask(Content, key);
}
