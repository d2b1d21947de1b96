//! The header on every page: the portal's name, the main navigation, the account's corner (sign
//! in, or the user's pages, sync status and sign out), the language switch and the light/dark
//! toggle.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::accounts::account_menu::AccountMenu;
use crate::shell::i18n::use_i18n;
use crate::shell::language_switch::LanguageSwitch;
use crate::shell::theme::ThemeToggle;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="brand">
                    <img class="brand__logo" src="/icons/logo.svg" alt="" width="32" height="32"/>
                    <span class="brand__name">{move || i18n.t("app-name")}</span>
                </A>
                <nav class="main-nav" aria-label=move || i18n.t("nav-main-label")>
                    <A href="/" exact=true>{move || i18n.t("nav-courses")}</A>
                    <A href="/playground">{move || i18n.t("nav-playground")}</A>
                    <A href="/models">{move || i18n.t("nav-models")}</A>
                    <A href="/games">{move || i18n.t("nav-studio")}</A>
                    <A href="/workshops">{move || i18n.t("nav-workshops")}</A>
                </nav>
                <AccountMenu/>
                <div class="header-settings">
                    <LanguageSwitch/>
                    <ThemeToggle/>
                </div>
            </div>
        </header>
    }
}
