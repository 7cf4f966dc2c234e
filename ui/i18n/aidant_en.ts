<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Demarches</name>
    <message>
        <location filename="../demarche_texts.py" line="9" />
        <source>Papiers - Citoyenneté - Élections</source>
        <translation>Papers - Citizenship - Elections</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="10" />
        <source>Carte d'identité, passeport, permis, liste électorale.</source>
        <translation>Identity card, passport, driving licence, electoral roll.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="11" />
        <source>Famille - Scolarité</source>
        <translation>Family - Schooling</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="12" />
        <source>Naissance, mariage, école, cantine, allocations familiales.</source>
        <translation>Birth, marriage, school, canteen, family allowances.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="13" />
        <source>Social - Santé</source>
        <translation>Social - Health</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="14" />
        <source>Sécurité sociale, mutuelle, RSA, handicap, retraite.</source>
        <translation>Social security, health insurance, RSA benefit, disability, pension.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="15" />
        <source>Travail - Formation</source>
        <translation>Work - Training</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="16" />
        <source>France Travail, recherche d'emploi, formation.</source>
        <translation>France Travail, job search, training.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="17" />
        <source>Logement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="18" />
        <source>Aide au logement, logement social, énergie.</source>
        <translation>Housing benefit, social housing, energy.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="19" />
        <source>Transports - Mobilité</source>
        <translation>Transport - Mobility</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="20" />
        <source>Carte grise, transports en commun, amendes.</source>
        <translation>Vehicle registration, public transport, fines.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="21" />
        <source>Argent - Impôts - Consommation</source>
        <translation>Money - Taxes - Consumer</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="22" />
        <source>Impôts, banque, factures, litiges de consommation.</source>
        <translation>Taxes, bank, bills, consumer disputes.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="23" />
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="24" />
        <source>Casier judiciaire, aide juridictionnelle, plainte.</source>
        <translation>Criminal record, legal aid, complaint.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="25" />
        <source>Étranger - Europe</source>
        <translation>Foreigners - Europe</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="26" />
        <source>Titre de séjour, naturalisation, démarches européennes.</source>
        <translation>Residence permit, naturalisation, European procedures.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="27" />
        <source>Loisirs - Sport - Culture</source>
        <translation>Leisure - Sport - Culture</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="28" />
        <source>Inscriptions, licences sportives, bibliothèque.</source>
        <translation>Registrations, sports licences, library.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app.py" line="40" />
        <source>Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu ; si cela se reproduit, prévenez le responsable du site.</source>
        <extracomment>Language of the interface at start ("fr" by default; "en" uses ui/i18n/aidant_en.qm).</extracomment>
        <translation>An unexpected error occurred. Your saved work is not lost; if it happens again, tell the site manager.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/home.py" line="25" />
        <source>Accueil de l'agent</source>
        <translation>Agent's home</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="27" />
        <source>Agent connecté</source>
        <translation>Logged-in agent</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="29" />
        <source>&amp;Nouvel usager</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="29" />
        <source>Enregistrer un nouvel usager</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="31" />
        <source>&amp;Gestion du site</source>
        <translation>&amp;Site management</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="31" />
        <source>Gestion du site</source>
        <translation>Site management</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="33" />
        <source>Rechercher un usager</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="34" />
        <source>Nom ou prénom (les accents sont facultatifs)</source>
        <translation>Surname or first name (accents are optional)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="37" />
        <source>Usagers trouvés</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="40" />
        <source>Nombre d'usagers trouvés</source>
        <translation>Number of people found</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="48" />
        <source>&amp;Rechercher un usager</source>
        <translation>Sea&amp;rch for a person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="64" />
        <source>Bonjour {name}</source>
        <translation>Hello {name}</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="75" />
        <source> — né(e) le {date}</source>
        <translation> — born on {date}</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="82" />
        <source>{n} usager(s)</source>
        <translation>{n} person(s)</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../screens/login.py" line="23" />
        <source>Écran de connexion</source>
        <extracomment>Emitted with the authenticated agent (aidant.actors.Actor) after a successful login.</extracomment>
        <translation>Login screen</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="24" />
        <location filename="../screens/login.py" line="25" />
        <source>Connexion de l'agent</source>
        <translation>Agent login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="26" />
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="26" />
        <source>votre identifiant</source>
        <translation>your login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="28" />
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="28" />
        <source>votre mot de passe</source>
        <translation>your password</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="30" />
        <source>Erreur de connexion</source>
        <translation>Login error</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="31" />
        <source>Se &amp;connecter</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="31" />
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="35" />
        <source>&amp;Identifiant</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="36" />
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="44" />
        <source>Comptes de démonstration : </source>
        <translation>Demonstration accounts: </translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="45" />
        <source>Comptes de démonstration</source>
        <translation>Demonstration accounts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="199" />
        <source>&amp;Accueil</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199" />
        <source>Retour à l'accueil</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200" />
        <source>&amp;Grand texte</source>
        <translation>Lar&amp;ge text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200" />
        <source>Grand texte</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201" />
        <source>Contraste é&amp;levé</source>
        <translation>High contras&amp;t</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201" />
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202" />
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203" />
        <source>Se &amp;déconnecter</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203" />
        <source>Se déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206" />
        <source>Site de démonstration : personnes fictives, clés jetables gardées dans un fichier (pas dans le trousseau du système). Ne pas y mettre de vraies données.</source>
        <translation>Demonstration site: fictitious people, throwaway keys kept in a file (not in the system keyring). Do not put real data in it.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="210" />
        <source>Bandeau site de démonstration</source>
        <translation>Demonstration site banner</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="213" />
        <source>Ordinateur public : un coffre est ouvert. Fermez-le avant de partir ; il se fermera seul si personne ne s'en sert.</source>
        <translation>Public computer: a vault is open. Close it before you leave; it closes by itself when nobody uses it.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="217" />
        <source>Bandeau ordinateur public</source>
        <translation>Public computer banner</translation>
    </message>
</context>
<context>
    <name>ManagerAgentsScreen</name>
    <message>
        <location filename="../screens/manager_agents.py" line="29" />
        <location filename="../screens/manager_agents.py" line="62" />
        <source>Agents du site</source>
        <translation>Site agents</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="30" />
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="30" />
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="32" />
        <source>Liste des agents</source>
        <translation>List of agents</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="34" />
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="34" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="34" />
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="34" />
        <source>Dernière connexion</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="41" />
        <source>Identifiant du nouvel agent</source>
        <translation>New agent's login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="41" />
        <source>ex. : m.durand</source>
        <translation>e.g. m.durand</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="42" />
        <source>Nom du nouvel agent</source>
        <translation>New agent's name</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="42" />
        <source>Prénom Nom</source>
        <translation>First name Surname</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="44" />
        <source>Rôle du nouvel agent</source>
        <translation>New agent's role</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="45" />
        <location filename="../screens/manager_agents.py" line="85" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="46" />
        <source>Responsable du site</source>
        <translation>Site manager</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="47" />
        <source>Mot de passe du nouvel agent</source>
        <translation>New agent's password</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="48" />
        <source>Mot de passe du nouvel agent, encore</source>
        <translation>New agent's password, again</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="49" />
        <source>Erreur d'ajout d'agent</source>
        <translation>Error adding the agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="51" />
        <source>Résultat de l'ajout</source>
        <translation>Result of adding</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="52" />
        <source>&amp;Ajouter l'agent</source>
        <translation>&amp;Add the agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="52" />
        <source>Ajouter l'agent</source>
        <translation>Add the agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="55" />
        <source>&amp;Identifiant</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="56" />
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="57" />
        <source>Rô&amp;le</source>
        <translation>Rol&amp;e</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="58" />
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="59" />
        <source>Mot de passe (&amp;encore)</source>
        <translation>Password (&amp;again)</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="66" />
        <source>Ajouter un agent</source>
        <translation>Add an agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="85" />
        <source>Responsable</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="92" />
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="112" />
        <source>Agent « {login} » ajouté.</source>
        <translation>Agent “{login}” added.</translation>
    </message>
</context>
<context>
    <name>ManagerPolicyScreen</name>
    <message>
        <location filename="../screens/manager_policy.py" line="47" />
        <location filename="../screens/manager_policy.py" line="114" />
        <source>Réglages du site</source>
        <translation>Site settings</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="48" />
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="48" />
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="56" />
        <source>Verrouillage agent après (minutes)</source>
        <translation>Lock the agent session after (minutes)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="57" />
        <source>Fermeture du coffre après (minutes)</source>
        <translation>Close the vault after (minutes)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="58" />
        <source>Avertir avant (secondes)</source>
        <translation>Warn before (seconds)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="59" />
        <source>Code à usage unique (TOTP) exigé à la connexion</source>
        <translation>One-time code (TOTP) required at login</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="60" />
        <source>Code à usage unique exigé</source>
        <translation>One-time code required</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="61" />
        <source>Conservation des données (années)</source>
        <translation>Data retention (years)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="62" />
        <location filename="../screens/manager_policy.py" line="83" />
        <source>Agent inactif après (mois)</source>
        <translation>Agent dormant after (months)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="63" />
        <source>Essais libres d'ouverture de coffre</source>
        <translation>Free vault unlock attempts</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="65" />
        <location filename="../screens/manager_policy.py" line="96" />
        <source>Dossiers vidés en fin de session</source>
        <translation>Folders emptied at session end</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="67" />
        <source>Ajouter un &amp;dossier</source>
        <translation>Add a &amp;folder</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="67" />
        <source>Ajouter un dossier à vider</source>
        <translation>Add a folder to empty</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="70" />
        <source>Re&amp;tirer le dossier</source>
        <translation>Re&amp;move the folder</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="70" />
        <source>Retirer le dossier choisi</source>
        <translation>Remove the chosen folder</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="72" />
        <source>Erreur des réglages</source>
        <translation>Settings error</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="74" />
        <source>Résultat de l'enregistrement</source>
        <translation>Result of saving</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="75" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="75" />
        <source>Enregistrer les réglages</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="78" />
        <source>Verrouillage agent (min)</source>
        <translation>Agent lock (min)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="79" />
        <source>Fermeture du coffre (min)</source>
        <translation>Vault close (min)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="80" />
        <source>Avertir avant (s)</source>
        <translation>Warn before (s)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="82" />
        <source>Conservation (années)</source>
        <translation>Retention (years)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="84" />
        <source>Essais libres (coffre)</source>
        <translation>Free attempts (vault)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="92" />
        <source>Démarches proposées</source>
        <translation>Procedures offered</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="94" />
        <source>Sessions et sécurité</source>
        <translation>Sessions and security</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="99" />
        <source>Aidant vide ces dossiers (par exemple Téléchargements) à la fin de chaque session, et jamais rien en dehors.</source>
        <translation>Aidant empties these folders (for example Downloads) at the end of each session, and never anything outside them.</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="110" />
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="180" />
        <source>Rien n'a changé.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="195" />
        <source>Réglages enregistrés ({n}).</source>
        <translation>Settings saved ({n}).</translation>
    </message>
</context>
<context>
    <name>ManagerScreen</name>
    <message>
        <location filename="../screens/manager.py" line="16" />
        <location filename="../screens/manager.py" line="28" />
        <source>Gestion du site</source>
        <extracomment>Other manager screens add their buttons to this grid.</extracomment>
        <translation>Site management</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="17" />
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="17" />
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="18" />
        <source>&amp;Agents du site</source>
        <translation>Site &amp;agents</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="18" />
        <source>Agents du site</source>
        <translation>Site agents</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="20" />
        <source>&amp;Réglages du site</source>
        <translation>Site &amp;settings</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="20" />
        <source>Réglages du site</source>
        <translation>Site settings</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../readaloud.py" line="43" />
        <source>Aucune voix de lecture n'est installée sur cet ordinateur : demandez à la personne qui vous aide de lire le texte.</source>
        <extracomment>Force one engine (tests use "mock"); otherwise every real engine is tried in order.</extracomment>
        <translation>No reading voice is installed on this computer: ask the person helping you to read the text.</translation>
    </message>
    <message>
        <location filename="../readaloud.py" line="58" />
        <source>La lecture à voix haute ne fonctionne pas sur cet ordinateur (le moteur de voix ne répond pas) : demandez à la personne qui vous aide.</source>
        <translation>Reading aloud does not work on this computer (the voice engine does not answer): ask the person helping you.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../widgets.py" line="105" />
        <source>Lire à voix haute</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="106" />
        <source>Lire à &amp;voix haute</source>
        <translation>Read al&amp;oud</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="109" />
        <source>Message de lecture à voix haute</source>
        <translation>Read-aloud message</translation>
    </message>
</context>
<context>
    <name>UsagerFileScreen</name>
    <message>
        <location filename="../screens/usager_file.py" line="20" />
        <location filename="../screens/usager_file.py" line="21" />
        <source>Dossier de l'usager</source>
        <translation>Person's file</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="22" />
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="22" />
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="23" />
        <source>le dossier</source>
        <translation>the file</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="25" />
        <source>Nom et prénoms</source>
        <translation>Name and first names</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="26" />
        <source>Naissance</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="27" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="28" />
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="29" />
        <source>Nom et prénoms :</source>
        <translation>Name and first names:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="30" />
        <source>Naissance :</source>
        <translation>Birth:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="31" />
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="32" />
        <source>Adresse e-mail :</source>
        <translation>E-mail address:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="40" />
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="64" />
        <location filename="../screens/usager_file.py" line="68" />
        <source>non indiquée</source>
        <extracomment>Sections added by the mandate and vault screens go below, in this layout.</extracomment>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="67" />
        <source>non indiqué</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="75" />
        <source>Dossier de {name}.</source>
        <translation>File of {name}.</translation>
    </message>
</context>
<context>
    <name>UsagerNewScreen</name>
    <message>
        <location filename="../screens/usager_new.py" line="20" />
        <location filename="../screens/usager_new.py" line="44" />
        <source>Enregistrer un usager</source>
        <translation>Register a person</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="21" />
        <source>Nom de famille</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="22" />
        <source>Prénoms</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="23" />
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="23" />
        <source>jj/mm/aaaa (facultatif)</source>
        <translation>dd/mm/yyyy (optional)</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="24" />
        <source>Lieu de naissance</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="24" />
        <location filename="../screens/usager_new.py" line="25" />
        <location filename="../screens/usager_new.py" line="26" />
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="25" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="26" />
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="27" />
        <source>Erreur d'enregistrement</source>
        <translation>Registration error</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="28" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="28" />
        <source>Enregistrer l'usager</source>
        <translation>Register the person</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="29" />
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="29" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="33" />
        <source>&amp;Nom de famille</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="34" />
        <source>&amp;Prénoms</source>
        <translation>&amp;First names</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="35" />
        <source>&amp;Date de naissance</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="36" />
        <source>&amp;Lieu de naissance</source>
        <translation>&amp;Place of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="37" />
        <source>&amp;Téléphone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="38" />
        <source>Adresse e-&amp;mail</source>
        <translation>E-&amp;mail address</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="81" />
        <source>La date de naissance s'écrit jj/mm/aaaa, par exemple 14/05/1946.</source>
        <translation>Write the date of birth as dd/mm/yyyy, for example 14/05/1946.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../screens/manager_policy.py" line="37" />
        <source>Dossier à vider</source>
        <extracomment>Asks for a folder; returns its absolute path, or None when cancelled (tests inject one).</extracomment>
        <translation>Folder to empty</translation>
    </message>
</context>
</TS>