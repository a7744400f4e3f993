@echo off
rem deferred-sim.cmd: run the Deferred Simulator on Windows (terminal, window, traces), with the
rem same commands as ./deferred-sim. Builds what is missing or older than its sources (with the
rem Maven Wrapper, so only a JDK 21+ is needed), with a one-line note.
setlocal EnableExtensions EnableDelayedExpansion
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"

call :find_java
if not defined JAVA (
    echo deferred-sim: needs Java 21 or newer ^(found none in JAVA_HOME, on the PATH or in Program Files^); install a JDK 21+ and set JAVA_HOME to it 1>&2
    exit /b 1
)

set "OPTS=-Xlog:disable -Xlog:all=warning:stderr -Xlog:aot*=off -Xlog:cds*=off -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xss16m"
if /i "%~1"=="gui" goto gui

rem ---- the terminal, traces, share (simulator-cli) ----
set "JAR=%ROOT%\simulator-cli\target\deferred-sim.jar"
set "CACHE=%ROOT%\simulator-cli\target\deferred-sim-jdk%JAVA_RELEASE%-coh.aot"
set "CDS=%ROOT%\simulator-cli\target\deferred-sim.jsa"
set "MODULES=simulator-core,simulator-cli,lessons"
if not exist "%JAR%" call :build simulator-cli || exit /b 1
:cli
set "CLI_OPTS=%OPTS% -Xms16m -XX:NewSize=8m"
if %JAVA_RELEASE% GEQ 25 set "CLI_OPTS=%CLI_OPTS% -XX:+UseCompactObjectHeaders"
if %JAVA_RELEASE% GEQ 25 (
    if not exist "%CACHE%" "%JAVA%" %CLI_OPTS% -XX:AOTCacheOutput="%CACHE%" -jar "%JAR%" --warm-up >nul 2>&1
    if exist "%CACHE%" set "CLI_OPTS=!CLI_OPTS! -XX:AOTCache="%CACHE%""
) else (
    if not exist "%CDS%" "%JAVA%" %CLI_OPTS% -XX:ArchiveClassesAtExit="%CDS%" -jar "%JAR%" --warm-up >nul 2>&1
    if exist "%CDS%" set "CLI_OPTS=!CLI_OPTS! -XX:SharedArchiveFile="%CDS%""
)
"%JAVA%" %CLI_OPTS% -cp "%JAR%" deferredsim.core.launch.FreshBuild "%ROOT%" "%JAR%" %MODULES% deferredsim.cli.Main %*
set "STATUS=%ERRORLEVEL%"
if "%STATUS%"=="75" (
    call :build simulator-cli || exit /b 1
    goto cli
)
exit /b %STATUS%

rem ---- the window (simulator-gui): JavaFX on the module path, the rest on the class path ----
:gui
shift
set "GUI_DIR=%ROOT%\simulator-gui\target"
set "GUI_JAR=%GUI_DIR%\simulator-gui.jar"
set "MODULES=simulator-core,simulator-gui,lessons"
set "ARGS="
:gui_args
if "%~1"=="" goto gui_start
set ARGS=!ARGS! "%~1"
shift
goto gui_args
:gui_start
if not exist "%GUI_JAR%" call :build simulator-gui || exit /b 1
if not exist "%GUI_DIR%\javafx" call :build simulator-gui || exit /b 1
set "GUI_CP=%GUI_JAR%"
rem JavaFX goes on the module path (javafx\), the rest of lib\ on the class path.
for %%L in ("%GUI_DIR%\lib\*.jar") do (
    set "NAME=%%~nL"
    if /i not "!NAME:~0,7!"=="javafx-" set "GUI_CP=!GUI_CP!;%%~fL"
)
"%JAVA%" %OPTS% -Djavafx.cachedir="%GUI_DIR%\openjfx-cache" --module-path "%GUI_DIR%\javafx" --add-modules javafx.controls,javafx.fxml,javafx.swing -cp "!GUI_CP!" deferredsim.core.launch.FreshBuild "%ROOT%" "%GUI_JAR%" %MODULES% deferredsim.gui.app.Launcher !ARGS!
set "STATUS=%ERRORLEVEL%"
if "%STATUS%"=="75" (
    call :build simulator-gui || exit /b 1
    goto gui_start
)
exit /b %STATUS%

rem ---- helpers ----
:build
echo deferred-sim: building... (first run only; about a minute) 1>&2
set "LOG=%TEMP%\deferred-sim-build-%RANDOM%.log"
pushd "%ROOT%"
call "%ROOT%\mvnw.cmd" -q -B -ntp -DskipTests -pl %1 -am package >"%LOG%" 2>&1
set "BUILT=%ERRORLEVEL%"
popd
if not "%BUILT%"=="0" (
    type "%LOG%" 1>&2
    del "%LOG%" >nul 2>&1
    echo deferred-sim: the build failed ^(see above^) 1>&2
    exit /b 1
)
del "%LOG%" >nul 2>&1
del "%ROOT%\simulator-cli\target\*.aot" "%ROOT%\simulator-cli\target\*.jsa" >nul 2>&1
exit /b 0

rem The first JDK >= 21 of JAVA_HOME, java on the PATH, then the newest in the usual folders.
:find_java
set "JAVA="
set "JAVA_RELEASE=0"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" (
    call :release_of "%JAVA_HOME%"
    if !RELEASE! GEQ 21 (
        set "JAVA=%JAVA_HOME%\bin\java.exe"
        set "JAVA_RELEASE=!RELEASE!"
        exit /b 0
    )
)
for /f "delims=" %%J in ('where java.exe 2^>nul') do (
    if not defined JAVA (
        for %%H in ("%%~dpJ..") do call :release_of "%%~fH"
        if !RELEASE! GEQ 21 (
            set "JAVA=%%J"
            set "JAVA_RELEASE=!RELEASE!"
        )
    )
)
if defined JAVA exit /b 0
for /d %%H in ("%ProgramFiles%\Java\*" "%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Amazon Corretto\*" "%USERPROFILE%\.jdks\*") do (
    if exist "%%~fH\bin\java.exe" (
        call :release_of "%%~fH"
        if !RELEASE! GEQ 21 if !RELEASE! GTR !JAVA_RELEASE! (
            set "JAVA=%%~fH\bin\java.exe"
            set "JAVA_RELEASE=!RELEASE!"
        )
    )
)
exit /b 0

rem HOME -> RELEASE: the JDK's feature version from its release file (JAVA_VERSION="25.0.1" -> 25), or 0.
:release_of
set "RELEASE=0"
if not exist "%~1\release" exit /b 0
for /f "usebackq tokens=1,* delims==" %%K in ("%~1\release") do (
    if "%%K"=="JAVA_VERSION" (
        for /f "tokens=1 delims=." %%V in (%%L) do set "RELEASE=%%~V"
    )
)
exit /b 0
