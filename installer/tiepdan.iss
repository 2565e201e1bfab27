; Inno Setup 6.3+ script: wraps the folder PyInstaller builds (dist\TiepDan) into one
; TiepDan-<version>-setup.exe. Build the folder first on Windows (`pyinstaller --noconfirm
; --clean build_installer.spec`), then compile this file with ISCC (docs/cai-dat-windows.md).
;   ISCC installer\tiepdan.iss
; The version comes from TiepDan.exe's version resource (build_installer.spec writes it from
; app.__version__), so there is no second place to update.

#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or newer is needed (x64compatible, UTF-8 script without BOM)
#endif

#define AppName "TiepDan"
#define AppExe "TiepDan.exe"
#define CliExe "tiepdan-cli.exe"
#define DistDir AddBackslash(SourcePath) + "..\dist\TiepDan"

#ifnexist DistDir + "\" + AppExe
  #error dist\TiepDan\TiepDan.exe not found: build the bundle with PyInstaller first
#endif
#define AppVersion GetFileVersionString(DistDir + "\" + AppExe)
#define AppVersionNumbers GetVersionNumbersString(DistDir + "\" + AppExe)

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{6E0B7C2A-3F4D-4C1B-9A57-2D8E51B0C4F3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=TiepDan
VersionInfoVersion={#AppVersionNumbers}
VersionInfoDescription=Cài đặt TiepDan – Sổ tiếp công dân
; Qt 6 needs Windows 10 1809 (build 17763) or later, 64-bit.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-machine into Program Files by default (the ward's IT officer installs for every user);
; the dialog lets someone without admin rights install for themselves instead.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
; One solid LZMA2 stream: the two executables and the Qt libraries compress together.
Compression=lzma2/max
SolidCompression=yes
LZMANumBlockThreads=2
OutputDir={#SourcePath}\..\dist
OutputBaseFilename=TiepDan-{#AppVersion}-setup
WizardStyle=modern
; The user's data lives under %LOCALAPPDATA%\TiepDan\TiepDan (platformdirs), never in {app}: an upgrade
; replaces the program folder and uninstalling leaves the data and backups in place.
CloseApplications=yes
RestartApplications=no
; The same icon as the program's (resources/icons/tiepdan.ico, drawn by scripts/make_icon.py).
SetupIconFile={#SourcePath}\..\resources\icons\tiepdan.ico

[Languages]
; Vietnamese is a user-contributed Inno Setup translation (https://jrsoftware.org/files/istrans/),
; not shipped with the compiler: put Vietnamese.isl next to this file to get a Vietnamese wizard.
#ifexist AddBackslash(SourcePath) + "Vietnamese.isl"
Name: "vi"; MessagesFile: "{#SourcePath}\Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade must not keep modules or Alembic revisions that the new build no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName} (tự kiểm tra)"; Filename: "{cmd}"; \
  Parameters: "/k ""{app}\{#CliExe}"" --self-test"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; \
  Flags: nowait postinstall skipifsilent
