//! The app's shell: language, light or dark, account and progress sync, the service worker,
//! header, the routed page, the footer and the update prompt.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::accounts::account::Account;
use crate::accounts::account_page::AccountPage;
use crate::accounts::join_page::JoinPage;
use crate::accounts::sign_in_page::SignInPage;
use crate::accounts::sign_up_page::SignUpPage;
use crate::classes::class_page::ClassPage;
use crate::classes::classes_page::ClassesPage;
use crate::courses::course_page::CoursePage;
use crate::courses::exercise_page::ExercisePage;
use crate::courses::workshop_page::WorkshopPage;
use crate::courses::workshops_page::WorkshopsPage;
use crate::games::game_page::GamePage;
use crate::games::game_studio_page::GameStudioPage;
use crate::games::games_page::GamesPage;
use crate::own_exercises::own_exercise_page::OwnExercisePage;
use crate::own_exercises::own_exercises_page::OwnExercisesPage;
use crate::progress::assignments_page::AssignmentsPage;
use crate::progress::sync::ProgressSync;
use crate::running::playground_page::PlaygroundPage;
use crate::running::runner::PythonRunner;
use crate::sandbox::gallery_page::GalleryPage;
use crate::sandbox::sandbox_page::SandboxPage;
use crate::shell::footer::Footer;
use crate::shell::header::Header;
use crate::shell::home_page::HomePage;
use crate::shell::i18n::I18n;
use crate::shell::not_found_page::NotFoundPage;
use crate::shell::privacy_page::PrivacyPage;
use crate::shell::service_worker::OfflineSupport;
use crate::shell::theme::Themes;
use crate::shell::update_prompt::UpdatePrompt;

#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::provide();
    Themes::provide();
    crate::shell::page_title::follow_the_heading(i18n);
    let runner = PythonRunner::provide();
    let account = Account::provide();
    ProgressSync::provide(account).start();
    OfflineSupport::provide()
        .start(move || runner.loading() || crate::running::code_editor::editors_loading());
    view! {
        <Router>
            <a class="skip-link" href="#main">{move || i18n.t("nav-skip-to-content")}</a>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/playground") view=PlaygroundPage/>
                    <Route path=path!("/sandbox") view=SandboxPage/>
                    <Route path=path!("/models") view=GalleryPage/>
                    <Route path=path!("/studio") view=GameStudioPage/>
                    <Route path=path!("/games") view=GamesPage/>
                    <Route path=path!("/games/:game") view=GamePage/>
                    <Route path=path!("/models/:model") view=SandboxPage/>
                    <Route path=path!("/workshops") view=WorkshopsPage/>
                    <Route path=path!("/workshops/:workshop") view=WorkshopPage/>
                    <Route path=path!("/courses/:course") view=CoursePage/>
                    <Route path=path!("/courses/:course/:exercise") view=ExercisePage/>
                    <Route path=path!("/signin") view=SignInPage/>
                    <Route path=path!("/signup") view=SignUpPage/>
                    <Route path=path!("/join") view=JoinPage/>
                    <Route path=path!("/join/:code") view=JoinPage/>
                    <Route path=path!("/classes") view=ClassesPage/>
                    <Route path=path!("/classes/:id") view=ClassPage/>
                    <Route path=path!("/my-exercises") view=OwnExercisesPage/>
                    <Route path=path!("/my-exercises/:id") view=OwnExercisePage/>
                    <Route path=path!("/assignments") view=AssignmentsPage/>
                    <Route path=path!("/account") view=AccountPage/>
                    <Route path=path!("/privacy") view=PrivacyPage/>
                </Routes>
            </main>
            <Footer/>
            <UpdatePrompt/>
        </Router>
    }
}
