@echo off
rem dabiao on Windows, with the C1 compiler only (see the README's "Performance"). Unlike bin/dabiao it
rem makes no class-data archive: Windows is not where it was measured. DABIAO_JAR overrides the jar,
rem JAVA_HOME the java, DABIAO_JAVA_OPTS adds JVM options. Arguments and exit status pass through.
setlocal
set "JAR=%~dp0..\target\dabiao.jar"
if defined DABIAO_JAR set "JAR=%DABIAO_JAR%"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr %DABIAO_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
