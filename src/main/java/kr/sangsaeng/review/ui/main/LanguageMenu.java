package kr.sangsaeng.review.ui.main;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;

/**
 * View → Language: English or 한국어, one of them ticked. The choice is kept in the settings for the
 * next start; the open window keeps its texts, so the user is told that a restart applies it.
 */
final class LanguageMenu {
    private final AppContext ctx;
    private final Supplier<Window> owner;

    LanguageMenu(AppContext ctx, RadioMenuItem english, RadioMenuItem korean, Supplier<Window> owner) {
        this.ctx = ctx;
        this.owner = owner;
        ToggleGroup languages = new ToggleGroup();
        english.setToggleGroup(languages);
        korean.setToggleGroup(languages);
        (ctx.locale().getLanguage().equals("ko") ? korean : english).setSelected(true);
    }

    void choose(Locale locale) {
        ctx.settings().put("language", locale.toLanguageTag());
        if (!locale.getLanguage().equals(ctx.locale().getLanguage())) {
            Dialogs.info(ctx, owner.get(), ctx.text("language.restart"));
        }
    }
}
