package kr.sangsaeng.review.cli;

import kr.sangsaeng.review.analysis.PanelMethod;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --method}; an unknown method is a usage error (exit 2), as docs/command-line.md has it. */
final class MethodConverter implements ITypeConverter<PanelMethod> {
    @Override
    public PanelMethod convert(String value) {
        try {
            return PanelMethod.fromKey(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
